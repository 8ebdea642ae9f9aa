/// Interns byte strings (stakeholder ids, tie kinds) as dense indices in first-seen order,
/// without making a `String` per occurrence: the bytes of each distinct key are kept once in
/// one arena, and an open-addressing hash table maps a key to its index.
///
/// ```swift
/// var ids = InternTable()
/// let a = Array("a".utf8).withUnsafeBufferPointer { ids.intern($0) }   // 0
/// ```
///
/// - Complexity: O(length) expected per ``intern(_:)``; 4 bytes of table per slot, at most
///   half the slots used, plus the key bytes and an offset per key.
struct InternTable {
    /// The bytes of every key, one after another.
    private(set) var arena: [UInt8] = []
    /// Key *i* is `arena[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [Int] = [0]
    /// Key index + 1 per slot, 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        hashes = []
        mask = size - 1
    }

    /// The number of distinct keys.
    var count: Int { starts.count - 1 }

    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        // FNV-1a over the bytes, then a final mix so short decimal ids spread over the table.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29; h = h &* 0xbf58_476d_1ce4_e5b9; h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// The index of `key`, adding it when new.
    @inline(__always) mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let h = Self.hash(key)
        var i = Int(h) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { break }
            let k = s - 1
            if hashes[k] == h && equals(k, key) { return k }
            i = (i + 1) & mask
        }
        let k = count
        slots[i] = Int32(truncatingIfNeeded: k + 1)
        hashes.append(h)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        if 2 * count > mask { rehash() }
        return k
    }

    @inline(__always) private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = starts[k], hi = starts[k + 1]
        guard hi - lo == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            var j = 0
            while j < key.count { if a[lo + j] != key[j] { return false }; j += 1 }
            return true
        }
    }

    private mutating func rehash() {
        let size = (mask + 1) * 2
        var table = [Int32](repeating: 0, count: size)
        let newMask = size - 1
        for k in 0..<count {
            var i = Int(hashes[k]) & newMask
            while table[i] != 0 { i = (i + 1) & newMask }
            table[i] = Int32(truncatingIfNeeded: k + 1)
        }
        slots = table
        mask = newMask
    }

    /// Key *k* as a string.
    func string(_ k: Int) -> String {
        String(decoding: arena[starts[k]..<starts[k + 1]], as: UTF8.self)
    }

    /// Every key as a string, by index.
    func strings() -> [String] { (0..<count).map(string) }
}
