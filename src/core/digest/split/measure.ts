/**
 * How long a piece is for a platform's limit. Must be monotonic: appending text never makes a piece
 * measure less. The default counts UTF-16 code units (`string.length`), which is what Telegram and
 * Discord limits are checked against before parsing.
 */
export type Measure = (piece: string) => number;

export const utf16Length: Measure = (piece) => piece.length;
