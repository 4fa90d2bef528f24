#if os(Linux)
    import CImage
    import Glibc
#endif

/// The whole pages of memory that lie inside a run of bytes: those the run may give back
/// without touching a byte outside it (the pages at either end are shared with what lies
/// beside the run, and are kept).
struct WholePages: Equatable {
    /// The address of the first whole page.
    let start: UInt
    /// How many bytes the whole pages hold: a multiple of the page size.
    let count: Int

    /// The whole pages inside `count` bytes from `address`, pages being `pageSize` bytes (a
    /// power of two); nil when not one page lies wholly inside.
    init?(inside address: UInt, count: Int, pageSize: Int) {
        guard count > 0, pageSize > 0, pageSize & (pageSize - 1) == 0 else { return nil }
        let mask = UInt(pageSize - 1)
        let (end, overflow) = address.addingReportingOverflow(UInt(count))
        guard !overflow, address <= UInt.max - mask else { return nil }
        let first = (address + mask) & ~mask
        let last = end & ~mask
        guard last > first else { return nil }
        self.start = first
        self.count = Int(last - first)
    }
}

/// Lets the kernel take back the memory holding `text`, a text built into the program that
/// has been read and will not be needed again soon: the built-in brain's snapshots, about 3 MB
/// that stayed resident beside the brain made from them, a tenth of the process's peak.
///
/// Only whole pages inside the text's bytes, and only when those bytes lie in the program's
/// own image (its constants, mapped from the executable's file): such a page is then dropped
/// from this process, not lost, and read again from the file should the text be read again
/// (as when a record of linking does not fit and the brain is read once more). Memory the
/// program allocated is never given back this way, since dropping it would wipe it; a text in
/// that memory (one read from a file, say) is left as it is.
func giveBackPages(of text: String) {
    #if os(Linux)
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pageSize > 0 else { return }
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress,
                let pages = WholePages(inside: UInt(bitPattern: base), count: bytes.count, pageSize: pageSize),
                let start = UnsafeMutableRawPointer(bitPattern: pages.start),
                isInProgramImage(UnsafeRawPointer(base), count: bytes.count)
            else { return }
            _ = madvise(start, pages.count, MADV_DONTNEED)
        }
    #endif
}

/// Whether `count` bytes from `address` lie wholly between the start of the program's image
/// and the end of its initialised data.
func isInProgramImage(_ address: UnsafeRawPointer, count: Int) -> Bool {
    #if os(Linux)
        let start = UInt(bitPattern: tingle_image_start())
        let end = UInt(bitPattern: tingle_image_data_end())
        let first = UInt(bitPattern: address)
        let (last, overflow) = first.addingReportingOverflow(UInt(max(count, 0)))
        return !overflow && first >= start && last <= end
    #else
        return false
    #endif
}
