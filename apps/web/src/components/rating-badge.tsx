const KNOWN = new Set(["true", "mostly-true", "half-true", "mostly-false", "false"]);

export function ratingClass(label: string | null): string {
  if (!label) return "rating rating--none";
  const key = label.toLowerCase().replace(/[^a-z]+/g, "-");
  return `rating rating--${KNOWN.has(key) ? key : "other"}`;
}

export function RatingBadge({ label }: { label: string | null }) {
  return <span className={ratingClass(label)}>{label ?? "Not yet rated"}</span>;
}
