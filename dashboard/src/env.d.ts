/// <reference types="vite/client" />
/** Set at build time: the development sign-in picker exists only in a development build. */
declare const __DEV_SIGN_IN__: boolean
