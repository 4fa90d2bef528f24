#ifndef TINGLE_CIMAGE_SHIM_H
#define TINGLE_CIMAGE_SHIM_H
// Where the program's own image lies in memory, from symbols the linker defines: bytes between
// its start and the end of its initialised data were mapped from the executable's file (its
// code, constants and data), never allocated at run time.
#ifdef __linux__
extern const char __executable_start[];
extern const char edata[];

static inline const void *tingle_image_start(void) { return __executable_start; }
static inline const void *tingle_image_data_end(void) { return edata; }
#endif
#endif
