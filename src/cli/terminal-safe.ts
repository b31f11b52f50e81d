/** C0 and C1 control characters other than tab and newline (ESC among them). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text safe to print on a terminal: control characters from a scenario's name, keys or
 * values (clear screen, recolour, window title, hyperlinks) are shown as \xNN instead of
 * being obeyed.
 *
 * @example terminalSafe('a\u001b[2Jb') // => 'a\\x1b[2Jb'
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
