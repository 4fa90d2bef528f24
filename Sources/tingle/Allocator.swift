#if os(Linux)
    import CMalloc
#endif

/// How the C allocator serves this process, set before anything is allocated.
enum Allocator {
    /// glibc gives blocks of 128 KiB and more their own mappings, but raises that limit to the
    /// size of each such block freed, up to 32 MiB. Loading a brain frees a few big arrays
    /// early (the file's text, its parts), so the big tables made after them came from the
    /// heap and stayed there, cut up, beside the brain: a 10,000-intent brain peaked 3 MB
    /// higher. A fixed limit keeps every big block in a mapping of its own, returned whole
    /// when it is freed.
    static func tune() {
        #if os(Linux)
            _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
        #endif
    }
}
