/** Free text as its author typed it: line breaks kept, nothing interpreted as markup. */
export function PreservedText({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
}
