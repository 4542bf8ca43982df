#pragma once
// The OpenGL API the app draws with: OpenGL 3.3 core loaded through glad on the desktop,
// OpenGL ES 3.0 (WebGL2) in the browser, where emscripten provides the functions directly.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif
