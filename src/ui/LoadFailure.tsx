interface LoadFailureProps {
  readonly message: string;
  /** Given, a "Try again" button reads the data again. */
  readonly onRetry?: () => void;
}

/** What a page shows when its data could not be read: why, and a way to try again. */
export function LoadFailure({ message, onRetry }: LoadFailureProps) {
  return (
    <div className="load-failure" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
