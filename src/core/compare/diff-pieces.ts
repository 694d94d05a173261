/** A run of a word diff: words both sides have, or words only the new side (added) or the old side (removed) has. */
export interface DiffPiece {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** Appends `text` to `pieces`, joined to the last run when it is the same kind of change; empty text adds nothing. */
export function appendPiece(pieces: DiffPiece[], change: DiffPiece['change'], text: string): void {
  if (text === '') return;
  const last = pieces.at(-1);
  if (last?.change === change) last.text += text;
  else pieces.push({ change, text });
}
