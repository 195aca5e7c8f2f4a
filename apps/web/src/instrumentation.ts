/** Runs once when the server starts: background workers begin with the server, not on first use. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getJobs } = await import("./server/jobs");
  await getJobs();
}
