#ifndef TINGLE_CMALLOC_SHIM_H
#define TINGLE_CMALLOC_SHIM_H
// glibc's allocator settings (mallopt), which the Glibc module does not bring in.
#ifdef __linux__
#include <malloc.h>
#endif
#endif
