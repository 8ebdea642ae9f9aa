/// A small, seeded pseudo-random generator whose sequence is the same on every platform and
/// every Swift version.
///
/// It is xoshiro256** (Blackman & Vigna 2018) with its 256-bit state filled from the seed by
/// SplitMix64, as its authors recommend. Coalition detection (node order, Leiden's random
/// merges) and permutation tests (E-I, QAP) draw from it, so a run with the same seed gives the
/// same result anywhere. Bounded integers use Lemire's multiply-and-reject method and shuffles
/// are Fisher–Yates from the last position down, both written here rather than taken from the
/// standard library, whose algorithms may change between releases.
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// let die = random.next(below: 6) + 1
/// var order = Array(0..<10)
/// random.shuffle(&order)
/// ```
///
/// - Complexity: O(1) per number.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Creates a generator from a seed; equal seeds give equal sequences.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform integer in `0..<bound`; 0 when `bound` is not positive.
    public mutating func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// A uniform real number in [0, 1), from the top 53 bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Shuffles an array in place (Fisher–Yates), every order equally likely.
    public mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = next(below: i + 1)
            if i != j { array.swapAt(i, j) }
            i -= 1
        }
    }
}
