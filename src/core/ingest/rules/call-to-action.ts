import { lineKey } from './rule.ts';

/** A button's words: "REGISTER NOW", "Learn more", "Download the report". */
const CALL_TO_ACTION =
  /^(?:register|register now|register here|register today|register for free|reserve your (?:spot|seat)|save your (?:spot|seat)|secure your (?:spot|seat)|sign up now|sign up today|sign up for free|learn more|find out more|discover more|read more|read the (?:full )?(?:report|guide|story)|download|download now|download (?:the )?pdf|get the pdf|view (?:the )?pdf|download (?:the|your|our) (?:free )?(?:report|guide|e-?book|white ?paper|checklist|toolkit)|get (?:the|your) (?:free )?(?:report|guide|e-?book|white ?paper|demo|checklist|toolkit)|get started|get it now|get access|start (?:your )?free trial|try (?:it )?(?:for )?free|try it now|request (?:a )?demo|book (?:a )?demo|schedule (?:a )?demo|watch now|watch on demand|watch (?:the )?(?:video|webinar|replay)|listen now|buy now|buy tickets|get tickets|shop now|claim (?:your )?(?:offer|discount|free trial|spot|seat)|click here|join now|apply now|subscribe now|see more|view more|more info|more information|continue reading|keep reading|see details|view details|visit (?:site|website)|go to (?:site|website))$/;

/** True when the text is only a call to action. */
export function isCallToAction(text: string): boolean {
  return CALL_TO_ACTION.test(lineKey(text));
}

/** A call to action closing a promotional line: "… Cloud security in 2022 — Register now". */
export function endsWithCallToAction(text: string): boolean {
  const parts = text.split(/\s+[|·•–—-]\s+|[.!:]\s+|[»›→]\s*/u);
  return parts.length > 1 && isCallToAction(parts.at(-1) ?? '');
}
