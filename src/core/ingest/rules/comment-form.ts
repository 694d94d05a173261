import { dropWhen, isWholeLine } from './rule.ts';

const COMMENT_FORM =
  /^(?:be the first to comment|leave a (?:reply|comment)|post a comment|add a comment|add your comment|write a comment|write a response|cancel reply|reply|comments?|\d+ comments?|comments? \(\d+\)|\(\d+\) comments?|no comments(?: yet)?|view comments|show comments|hide comments|load comments|read comments|see comments|jump to comments|discuss|join the (?:conversation|discussion)|comment on this (?:story|article)|comments are closed|comments have been closed|commenting is (?:closed|disabled)|log in to comment|sign in to comment|login to comment|post comment|submit comment|your email address will not be published|required fields are marked|name|email|website|save my name, email, and website in this browser for the next time i comment|you must be logged in to post a comment|this site uses akismet to reduce spam|learn how your comment data is processed|this site uses akismet to reduce spam\. learn how your comment data is processed)$/;

/**
 * Comment-form text under the article: "Be the first to comment", "Leave a
 * Reply", "Write a comment", "12 Comments", "Your email address will not
 * be published." Matched as whole lines only.
 */
export const commentForm = dropWhen('comment form', (block) => isWholeLine(block.text, COMMENT_FORM));
