import { errorMessage } from "./error-message";

export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="alert alert--error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
