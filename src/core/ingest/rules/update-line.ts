import { readDateLine } from '../date-line.ts';
import { dropWhen } from './rule.ts';

/**
 * Update stamps in the body: a line that is only "Updated …", "Last
 * updated …" or "Published …" with a date, a time or "2 hours ago". The
 * header's own date lines are read before this runs; an editor's note
 * ("This story has been updated with…") is a sentence and stays.
 */
export const updateLine = dropWhen('update line', (block) => {
  const text = block.text.trim();
  if (!/^(?:(?:first|originally|last)\s+)?(?:updated|published|posted|modified)\b/i.test(text)) return false;
  if (readDateLine(text)) return true;
  return /^(?:(?:last\s+)?updated|published|posted)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i.test(
    text,
  );
});
