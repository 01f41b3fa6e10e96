# The explorer (API + built web) for the Docker route; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY neo4j/package.json neo4j/
COPY seed/package.json seed/
COPY api/package.json api/
COPY web/package.json web/
COPY neo4j/scripts neo4j/scripts
# No Java here: the install step skips the local Neo4j, which this image never uses.
RUN npm ci
COPY . .
RUN npm run build
ENV NODE_ENV=production
EXPOSE 4000
CMD ["npm", "run", "serve"]
