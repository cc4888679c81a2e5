/** A transcript of a spoken answer and, for each checkpoint of its question, whether a fair interviewer would say the answer covered it. */
export interface LabelledAnswer {
  /** The question asked, for the reader. */
  readonly question: string;
  /** What the candidate said, written as a speech recogniser would transcribe it (sentences, commas, no markup). */
  readonly answer: string;
  readonly checkpoints: readonly { readonly text: string; readonly covered: boolean }[];
}
