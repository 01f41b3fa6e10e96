import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** Bytes (about) buffered before a write: large files are written in few, large chunks. */
const WRITE_CHUNK = 1 << 20;

/** Writes a file line by line, buffering lines into chunks and waiting for the disk only when it is behind. */
export class ChunkedWriter {
  private lines: string[] = [];
  private size = 0;
  private readonly stream: WriteStream;
  private readonly closed: Promise<void>;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.closed = new Promise((resolveClosed, reject) => {
      this.stream.on('close', resolveClosed);
      this.stream.on('error', reject);
    });
  }

  /** Resolves at once unless the buffer is full and the disk behind. */
  line(text: string): Promise<void> | undefined {
    this.lines.push(text);
    this.size += text.length;
    return this.size >= WRITE_CHUNK ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    // One join per chunk: far less garbage than appending line by line.
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.closed;
  }
}
