import Dispatch
import Synchronization

/// Runs two independent pieces of work at once, one on each core, and gives both results.
/// Start-up has a few such pairs, and the machine has two cores to spare for them.
func onBothCores<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = Mutex<A?>(nil)
    let second = Mutex<B?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { task in
        if task == 0 {
            let value = a()
            first.withLock { $0 = value }
        } else {
            let value = b()
            second.withLock { $0 = value }
        }
    }
    return (first.withLock { $0! }, second.withLock { $0! })
}

/// Lets go of `value` on another thread. What a brain is compiled from (its documents, the
/// parsed patterns before linking, the linkers' tables) is freed after the brain is made, and
/// freeing it took 3M instructions at the end of every start, on the way to the first reply.
func releaseInBackground<T: Sendable>(_ value: consuming T) {
    let garbage = consume value
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(garbage) {} }
}

/// A value handed to work on another core to change in place, then taken back: a box the
/// work alone holds while it runs (`onBothCores` waits for it), so the value is not copied on
/// its first change, as a value captured by a closure is.
final class Handed<Value>: @unchecked Sendable {
    var value: Value?

    init(_ value: consuming Value) { self.value = value }

    /// The value, moved out: the box no longer holds it.
    func take() -> Value {
        defer { value = nil }
        return value!
    }
}
