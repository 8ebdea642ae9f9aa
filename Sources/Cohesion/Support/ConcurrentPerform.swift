import Foundation

/// A value handed across threads on the caller's word that the threads touch disjoint parts of it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}

/// Runs `body(0..<iterations)` on all cores and returns when every call has finished.
///
/// Dispatch's `concurrentPerform` asks for a `@Sendable` closure; ours capture per-worker
/// scratch and output buffers that each iteration uses alone, which the compiler cannot see.
/// Because `concurrentPerform` returns only after the last call, the closure never escapes.
func concurrentPerform(iterations: Int, _ body: (Int) -> Void) {
    withoutActuallyEscaping(body) { escapable in
        let box = UncheckedSendable(value: escapable)
        DispatchQueue.concurrentPerform(iterations: iterations) { box.value($0) }
    }
}
