/// Interns byte strings (stakeholder ids, tie kinds) as dense indices in first-seen order,
/// without making a `String` per occurrence: the bytes of each distinct key are kept once in
/// one arena, and an open-addressing hash table maps a key to its index.
///
/// ```swift
/// var ids = InternTable()
/// let a = Array("a".utf8).withUnsafeBufferPointer { ids.intern($0) }   // 0
/// ```
///
/// - Complexity: O(length) expected per ``intern(_:)``; 16 bytes of table per slot, at most
///   half the slots used, plus the key bytes and an offset per key.
struct InternTable {
    /// The bytes of every key, one after another.
    private(set) var arena: [UInt8] = []
    /// Key *i* is `arena[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [Int] = [0]
    /// One slot of the open-addressing table: the key's hash, its index + 1 (0 for an empty
    /// slot) and, for a key of at most 7 bytes, the key itself, so that finding a short key
    /// (decimal ids) reads one cache line rather than the slot, the offsets and the arena.
    struct Slot {
        /// Bytes 0–6: a short key's bytes, byte 7: its length; `longKey` for longer keys.
        var packed: UInt64
        var hash: UInt32
        var index: Int32
    }
    /// The `packed` value of a key longer than 7 bytes (compared in the arena).
    static let longKey: UInt64 = 0xFF << 56
    private var slots: [Slot]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [Slot](repeating: Slot(packed: 0, hash: 0, index: 0), count: size)
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

    /// A short key's bytes and length in one word, or ``longKey``.
    @inline(__always) static func pack(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard key.count <= 7 else { return longKey }
        var p = UInt64(key.count) << 56
        var shift: UInt64 = 0
        for b in key { p |= UInt64(b) << shift; shift &+= 8 }
        return p
    }

    /// The index of `key`, adding it when new.
    @inline(__always) mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let h = Self.hash(key)
        let packed = Self.pack(key)
        var i = Int(h) & mask
        let found: Int? = slots.withUnsafeBufferPointer { table in
            while true {
                let slot = table[i]
                if slot.index == 0 { return nil }
                if slot.hash == h && slot.packed == packed
                    && (packed != Self.longKey || equals(Int(slot.index) &- 1, key)) {
                    return Int(slot.index) &- 1
                }
                i = (i &+ 1) & mask
            }
        }
        if let found { return found }
        let k = count
        slots[i] = Slot(packed: packed, hash: h, index: Int32(truncatingIfNeeded: k + 1))
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
        var table = [Slot](repeating: Slot(packed: 0, hash: 0, index: 0), count: size)
        let newMask = size - 1
        for slot in slots where slot.index != 0 {
            var i = Int(slot.hash) & newMask
            while table[i].index != 0 { i = (i + 1) & newMask }
            table[i] = slot
        }
        slots = table
        mask = newMask
    }

    /// Interns every key of `other` in its index order and returns, for each of its indices,
    /// the index here: merging tables built over consecutive parts of a file, in file order,
    /// gives the indices one table over the whole file would (first-seen order).
    ///
    /// - Complexity: O(total key length of `other`) expected.
    mutating func internAll(of other: InternTable) -> [Int32] {
        var map = [Int32](repeating: 0, count: other.count)
        other.arena.withUnsafeBufferPointer { a in
            for k in 0..<other.count {
                let key = UnsafeBufferPointer(rebasing: a[other.starts[k]..<other.starts[k + 1]])
                map[k] = Int32(truncatingIfNeeded: intern(key))
            }
        }
        return map
    }

    /// Key *k* as a string.
    func string(_ k: Int) -> String {
        String(decoding: arena[starts[k]..<starts[k + 1]], as: UTF8.self)
    }

    /// Every key as a string, by index.
    func strings() -> [String] { (0..<count).map(string) }
}
