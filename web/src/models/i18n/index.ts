// The explorer's text: its own messages, and the domain's words from the graph model.
export { punctuation, t, type MessageKey } from './messages';
export { basisName, entityTypeName, formatNumber, kindName, relationshipName } from './words';
