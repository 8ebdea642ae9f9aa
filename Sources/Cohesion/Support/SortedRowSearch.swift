extension RandomAccessCollection where Element == Int32, Index == Int {
    /// The index of `value` within `range` of this collection, whose elements in `range` are
    /// ascending (a row of compressed sparse rows), or nil when it is absent.
    ///
    /// Serves arrays and unsafe buffers alike, so the hot brokerage loops and the graph's own
    /// look-ups share one binary search.
    ///
    /// - Complexity: O(log *d*) for a range of *d* elements.
    @inline(__always)
    func index(ofSorted value: Int32, in range: Range<Int>) -> Int? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) >> 1
            if self[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && self[lo] == value ? lo : nil
    }
}
