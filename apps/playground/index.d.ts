/** Absolute path of the built playground (`dist/`, made by `vite build`). */
export declare const playgroundDir: string;

/** Whether the playground has been built (its `dist/index.html` exists). */
export declare function playgroundBuilt(): boolean;
