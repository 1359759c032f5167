/** What a Sources cell means, or what is wrong with it in words that follow the column's header. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; fault: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fault = <T>(message: string): Parsed<T> => ({ ok: false, fault: message });

/** Text quoted back to the user, cut short enough to read. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
