/// Merges, node by node, two adjacency structures in compressed rows whose rows are ascending.
enum SortedRowMerge {
    /// The rows of the union of two row structures over `0..<n`: for each node, the neighbours
    /// of either row in ascending order, each with the weight `combine(x, y)` gives from its
    /// entry index in the first row (`x`) and in the second (`y`), nil where it is absent;
    /// entries for which `combine` returns nil are left out.
    ///
    /// - Complexity: O(*n* + the entries of both).
    static func merge(nodeCount n: Int,
                      _ aOffsets: [Int], _ aNeighbors: [Int32], _ bOffsets: [Int], _ bNeighbors: [Int32],
                      combine: (_ x: Int?, _ y: Int?) -> Double?) -> (offsets: [Int], neighbors: [Int32], weights: [Double]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors = [Int32](), weights = [Double]()
        neighbors.reserveCapacity(aNeighbors.count + bNeighbors.count)
        weights.reserveCapacity(aNeighbors.count + bNeighbors.count)
        for u in 0..<n {
            var x = aOffsets[u], y = bOffsets[u]
            let xe = aOffsets[u + 1], ye = bOffsets[u + 1]
            while x < xe || y < ye {
                let vx = x < xe ? aNeighbors[x] : Int32.max
                let vy = y < ye ? bNeighbors[y] : Int32.max
                let v: Int32, w: Double?
                if vx == vy { v = vx; w = combine(x, y); x += 1; y += 1 }
                else if vx < vy { v = vx; w = combine(x, nil); x += 1 }
                else { v = vy; w = combine(nil, y); y += 1 }
                if let w { neighbors.append(v); weights.append(w) }
            }
            offsets[u + 1] = neighbors.count
        }
        return (offsets, neighbors, weights)
    }
}
