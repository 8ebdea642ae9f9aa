/// A check of a zip archive's structure before ZIPFoundation reads it.
///
/// ZIPFoundation (0.9.20) traps the process when an entry is looked up in two cases: it
/// converts offsets to `off_t` and adds sizes without checking them, so a 64-bit (ZIP64) size
/// or offset above 2⁶³ (in the ZIP64 end-of-directory record, an entry's extended
/// information or its data descriptor) overflows; and its in-memory file computes a negative
/// length when it reads at an offset past the end of the bytes. This walks the structures
/// ZIPFoundation walks, as it walks them (the end record found from the end, the ZIP64 record
/// before its locator, each central-directory entry, its local header, data and data
/// descriptor), and refuses an archive in which any 64-bit size or offset exceeds 2⁴⁰ bytes
/// (a terabyte no workbook comes near) or any place ZIPFoundation would read at lies past the
/// end of the file.
enum XLSXArchiveCheck {
    /// The largest 64-bit size or offset let through: 2⁴⁰.
    static let largestValue: UInt64 = 1 << 40

    /// Why the archive cannot be read safely, or nil when no value is out of range (it may
    /// still be no zip archive; ZIPFoundation says so).
    ///
    /// - Complexity: O(bytes).
    static func problem(_ b: [UInt8]) -> String? {
        let count = b.count
        func u16(_ at: Int) -> UInt64? { at >= 0 && at <= count - 2 ? UInt64(b[at]) | UInt64(b[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> UInt64? {
            guard let lo = u16(at), let hi = u16(at + 2) else { return nil }
            return lo | hi << 16
        }
        func u64(_ at: Int) -> UInt64? {
            guard let lo = u32(at), let hi = u32(at + 4) else { return nil }
            return lo | hi << 32
        }
        func small(_ v: UInt64?) -> Bool { (v ?? 0) <= largestValue }
        /// A ZIP64 extended-information block at `at` (its header included): the 8-byte values
        /// that follow the header, in their order (uncompressed size, compressed size, offset).
        func zip64Values(_ at: Int, _ size: Int) -> [UInt64] {
            stride(from: at + 4, through: at + 4 + size - 8, by: 8).compactMap { u64($0) }
        }
        /// The first ZIP64 block among the extra fields in `start..<start + length`, as
        /// ZIPFoundation finds it: (offset, data size), or nil.
        func zip64Block(_ start: Int, _ length: Int) -> (at: Int, size: Int)? {
            var e = start
            while e < start + length - 4 {
                guard let id = u16(e), let size = u16(e + 2) else { return nil }
                guard e + 4 + Int(size) <= start + length else { return nil }
                if id == 0x0001 { return (e, Int(size)) }
                e += 4 + Int(size)
            }
            return nil
        }

        guard count >= 22 else { return nil }
        var eocd = -1
        for i in stride(from: count - 22, through: 0, by: -1) where u32(i) == 0x0605_4B50 {
            eocd = i
            break
        }
        guard eocd >= 0 else { return nil }
        var entries = u16(eocd + 10) ?? 0
        var directory = u32(eocd + 16) ?? 0
        let locator = eocd - 20, record = locator - 56
        if eocd > 20, locator > 56, u32(locator) == 0x0706_4B50, u32(record) == 0x0606_4B50 {
            let values = [u64(record + 4), u64(record + 24), u64(record + 32), u64(record + 40), u64(record + 48)]
            guard values.allSatisfy(small) else { return "a ZIP64 size or offset of the archive is out of range" }
            if (u16(record + 14) ?? 0) >= 45 {
                entries = u64(record + 32) ?? 0
                directory = u64(record + 48) ?? 0
            }
        }
        guard entries == 0 || directory <= UInt64(count) else { return "the central directory starts past the end of the file" }
        var at = Int(directory)
        var seen: UInt64 = 0
        while seen < entries, at <= count - 46, u32(at) == 0x0201_4B50 {
            guard let version = u16(at + 6), let flags = u16(at + 8), let method = u16(at + 10),
                  let compressed32 = u32(at + 20), let uncompressed32 = u32(at + 24),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let disk = u16(at + 34), let offset32 = u32(at + 42) else { break }
            let end = at + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
            guard end <= count else { break }
            var uncompressed = uncompressed32, compressed = compressed32, offset = offset32
            var isZIP64 = version & 0xFF >= 45
            if let block = zip64Block(at + 46 + Int(nameLength), Int(extraLength)) {
                let values = zip64Values(block.at, block.size)
                guard values.allSatisfy(small) else { return "a ZIP64 size or offset of an entry is out of range" }
                // ZIPFoundation reads the block only when it holds exactly the fields whose
                // 32-bit values are all ones, in this order.
                let full: UInt64 = 0xFFFF_FFFF
                let present = [uncompressed32 == full, compressed32 == full, offset32 == full]
                if present.filter({ $0 }).count * 8 + (disk == 0xFFFF ? 4 : 0) == block.size {
                    isZIP64 = true
                    var k = 0
                    func next() -> UInt64 { defer { k += 1 }; return k < values.count ? values[k] : 0 }
                    if present[0] { let v = next(); if v > 0 { uncompressed = v } }
                    if present[1] { let v = next(); if v > 0 { compressed = v } }
                    if present[2] { let v = next(); if v > 0 { offset = v } }
                }
            }
            // The local header: its own ZIP64 block, and the data descriptor that follows the data.
            guard offset <= UInt64(count) else { return "an entry's local header is past the end of the file" }
            if u32(Int(offset)) == 0x0403_4B50,
               let localName = u16(Int(offset) + 26), let localExtra = u16(Int(offset) + 28) {
                if let block = zip64Block(Int(offset) + 30 + Int(localName), Int(localExtra)),
                   !zip64Values(block.at, block.size).allSatisfy(small) {
                    return "a ZIP64 size of an entry is out of range"
                }
                let dataOffset = offset + 30 + localName + localExtra
                guard dataOffset <= UInt64(count) else { return "an entry's data starts past the end of the file" }
                let position = dataOffset + (method != 0 ? compressed : uncompressed)
                if flags & 0x8 != 0 {
                    guard position <= UInt64(count) else { return "an entry's data descriptor is past the end of the file" }
                }
                if flags & 0x8 != 0, isZIP64 {
                    // ZIPFoundation reads the 24-byte ZIP64 descriptor there when the file holds it.
                    if position + 24 <= UInt64(count) {
                        let p = Int(position)
                        let sizes = u32(p) == 0x0807_4B50 ? [u64(p + 8), u64(p + 16)] : [u64(p + 4), u64(p + 12)]
                        guard sizes.allSatisfy(small) else { return "a ZIP64 data descriptor's size is out of range" }
                    }
                }
            }
            seen += 1
            at = end
        }
        // Each entry ends within the file (else ZIPFoundation stops there), so the next one
        // is never read past the end.
        return nil
    }
}
