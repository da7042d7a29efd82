/** Files the API hands over as attachments. */

/** The file name the API gives in `Content-Disposition`, if it is a plain, safe one. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const found = disposition?.match(/filename="([^"]*)"|filename=([^;\s]*)/);
  const name = found?.[1] ?? found?.[2];
  return name && /^\w[\w.-]{0,99}$/.test(name) ? name : fallback;
}
