/** The message to show for a failed tRPC call: the server's own wording, field errors included. */
export function errorMessage(error: unknown): string {
  if (!error || typeof error !== "object") return "Something went wrong.";
  const data = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> | null } }).data;
  const fieldErrors = Object.values(data?.fieldErrors ?? {})
    .flat()
    .filter(Boolean);
  if (fieldErrors.length > 0) return fieldErrors.join(" ");
  const message = (error as { message?: string }).message;
  return message || "Something went wrong.";
}
