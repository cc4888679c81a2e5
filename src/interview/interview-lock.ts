/**
 * The lock a tab holds from the microphone check to the end of an interview: only one interview runs
 * at a time, across tabs, and a session still marked in progress while no tab holds it was stopped by
 * a crash, a closed tab or a page left in the middle.
 */
export const interviewLockName = 'viva-interview';
