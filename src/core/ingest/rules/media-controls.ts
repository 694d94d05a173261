import { dropWhen, isWholeLine } from './rule.ts';

const MEDIA_CONTROL =
  /^(?:\d+\s*(?:of|\/)\s*\d+|(?:image|photo|picture|slide|video)\s+\d+\s+(?:of|\/)\s+\d+|enlarge(?: this)? image|enlarge|expand|expand image|zoom|zoom in|view (?:full )?(?:gallery|image|slideshow|photos?)|open (?:gallery|slideshow)|view \d+ (?:images|photos)|\d+ (?:photos|images|pictures)|toggle caption|hide caption|show caption|caption|play|pause|play video|watch video|watch|replay|mute|unmute|full ?screen|exit full ?screen|listen to (?:this )?(?:article|story|the article)(?: \d+ min(?:ute)?s?)?|listen to this|audio|video|image|photo|gallery|now playing|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|your browser does not support the (?:audio|video) (?:element|tag)|this video (?:is|has been) (?:unavailable|removed)|video player is loading|click to play|tap to (?:play|unmute|expand))$/;

/**
 * Controls of galleries and players left as text: "1 of 5", "Image 2 of
 * 12", "Enlarge this image", "toggle caption", "Listen to this article",
 * "0:00 / 3:45". Whole lines only.
 */
export const mediaControls = dropWhen('media controls', (block) => isWholeLine(block.text, MEDIA_CONTROL));
