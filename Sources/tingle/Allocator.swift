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

    /// Gives back to the system the free memory the allocator holds once the brain is loaded.
    /// The brain is built on both cores, so its scratch (the snapshot's decoded parts, the
    /// linking tables) is freed into the worker threads' arenas; the chat runs on the main
    /// thread, whose arena never reuses those holes, so they stayed resident for the whole
    /// session. Trimming returns their whole free pages at once: one pass over the arenas,
    /// a fraction of a millisecond, paid once.
    static func trimAfterLoading() {
        #if os(Linux)
            _ = malloc_trim(0)
        #endif
    }
}
