/**
 * Greedy word wrap for terminal text: `first` starts the first line (a label column), `indent`
 * the rest. Linear in the text; a word longer than the width gets a line of its own.
 */
export function wrap(text: string, first: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A labelled line: "  Made from     …", continuation lines under the value. */
export function field(label: string, value: string, labelWidth = 14, lead = '  '): string[] {
  const head = `${lead}${label.padEnd(labelWidth)}`;
  return wrap(value, head, ' '.repeat(head.length));
}
