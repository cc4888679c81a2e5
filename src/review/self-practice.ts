/**
 * The general self-practice checklist of the user's mock-interview guide (seed 004), asked after every
 * interview whatever its script.
 */
export const selfPracticeChecklist = [
  'Clarified the requirements before designing',
  'Thought out loud',
  'Considered scale',
  'Handled failures',
  'Made the tradeoffs explicit',
  'Explained clearly',
  'Stayed within time',
] as const;
