/** Why this tab may not start an interview: one runs in another tab. */
export function InterviewBusy() {
  return (
    <p className="problem" role="alert">
      An interview is running in another tab of Viva, and only one can record at a time. Finish it there, or
      close that tab, then try again here. Reviewing past interviews works in any tab.
    </p>
  );
}
