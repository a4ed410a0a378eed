/** linebreak 1.1.0 (UAX #14, Unicode Line Breaking Algorithm) ships no types. */
declare module 'linebreak' {
  interface Break {
    /** UTF-16 offset where the next line may start. */
    position: number;
    /** A mandatory break (a line feed and its kin). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
