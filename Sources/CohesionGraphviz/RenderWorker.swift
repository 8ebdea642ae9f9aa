import CGraphviz
import CohesionGraphvizShims
import Foundation

/// The long-lived process that lays out and renders for ``GraphvizRenderer``.
///
/// Layouts used to run in a child forked from this process for each render. A process that
/// has other threads cannot fork safely: any lock another thread holds at that instant (the
/// dynamic loader's, which `pthread_create` takes to set up a new thread's TLS and which the
/// child's first touch of a dlopen'ed library's TLS — pixman's, under cairo — needs too;
/// fontconfig's; a runtime's) stays held forever in the child, which then hangs. The Swift
/// cooperative pool and Dispatch create threads at any moment, so a render could hang, rarely
/// and never reproducibly.
///
/// The worker is this process's own executable started again with `posix_spawn` and an
/// environment variable, which a C constructor in `CohesionGraphvizShims` reads before `main`
/// (and before any thread exists) to run the worker loop instead: nothing is inherited but a
/// socket. It loads Graphviz's plugins from the paths given and initialises pango once. The
/// worker has a single thread, so unlike this process it may fork: each request is parsed,
/// laid out and rendered in a child of the worker, which starts from the worker's pristine
/// state (Graphviz 2.43's `dot` accumulates state across layouts in one process and corrupts
/// its heap after some tens of layouts of a clustered graph: "realloc(): invalid old size",
/// "install_in_rank" assertions, measured here at about one crash per 60 layouts) and writes its
/// answer to a pipe the worker relays. The `dot` program is never run: the worker calls the C
/// library, like an in-process render.
///
/// The worker leads its own process group. It is replaced after ``layoutsPerWorker`` layouts
/// (a safety valve: its own state does not change), when it dies (the request is retried once
/// on a fresh worker) and when a time limit passes (the group is killed, layout included).
///
/// - Complexity: Starting a worker costs one process start and plugin load (tens of
///   milliseconds), every ``layoutsPerWorker`` renders.
@GraphvizExecutor
final class RenderWorker {
    /// Layouts one worker runs before it is replaced.
    static let layoutsPerWorker = 1000

    private static var current: RenderWorker?
    /// Workers started in this process, for tests.
    private(set) static var started = 0

    private let pid: pid_t
    private let fd: Int32
    private var layouts = 0

    private init(pid: pid_t, fd: Int32) {
        self.pid = pid
        self.fd = fd
    }

    /// The plugin list handed to workers, and whether cairo (PNG, PDF) is among them.
    private static var plugins: (list: String, hasCairo: Bool)?

    static func pluginList() throws -> (list: String, hasCairo: Bool) {
        if let plugins { return plugins }
        let (list, names) = try GraphvizPlugins.workerList()
        let found = (list, names.contains("pango"))
        plugins = found
        return found
    }

    private static func start() throws -> RenderWorker {
        let list = try pluginList().list
        var pid: pid_t = 0
        var fd: Int32 = -1
        let error = cohesion_gv_worker_start(list, &pid, &fd)
        guard error == 0 else {
            throw GraphvizError.system("could not start the render worker: \(String(cString: strerror(error)))")
        }
        started += 1
        return RenderWorker(pid: pid, fd: fd)
    }

    /// The current worker's process id, for tests; nil when none is running.
    static var currentPID: pid_t? { current?.pid }

    /// Stops the current worker, if any (after a time-out, or for tests).
    static func stopCurrent() {
        if let worker = current {
            _ = cohesion_gv_worker_stop(worker.pid, worker.fd)
            current = nil
        }
    }

    /// What a worker answered.
    struct Answer {
        var status: UInt8
        var messages: String
        var data: Data
    }

    /// Lays out and renders DOT in the worker, starting or replacing it as needed. A worker
    /// that dies during the request is replaced and the request tried once more.
    ///
    /// - Throws: ``GraphvizError/timedOut(engine:seconds:)`` when the limit passes (the worker
    ///   is killed), ``GraphvizError/system(_:)`` when no worker can do it.
    static func render(dot: String, engine: Engine, formatName: String, timeLimit: Duration?) throws -> Answer {
        let limit = timeLimit.map { Int64($0.components.seconds) * 1000 + $0.components.attoseconds / 1_000_000_000_000_000 }
        let started = ContinuousClock.now
        var attempt = 0
        while true {
            attempt += 1
            if let worker = current, worker.layouts >= layoutsPerWorker { stopCurrent() }
            let worker = try current ?? start()
            current = worker
            worker.layouts += 1
            var left: Int64 = -1
            if let limit {
                let elapsed = ContinuousClock.now - started
                left = max(0, limit - Int64(elapsed.components.seconds) * 1000
                    - elapsed.components.attoseconds / 1_000_000_000_000_000)
            }
            var response = cohesion_gv_response()
            let outcome = dot.utf8CString.withUnsafeBufferPointer { text in
                cohesion_gv_worker_exchange(worker.fd, engine.rawValue, formatName, text.baseAddress, text.count - 1,
                                            left, &response)
            }
            switch Int(outcome) {
            case Int(COHESION_GV_EXCHANGE_OK):
                defer { cohesion_gv_response_free(&response) }
                let messages = response.messages.map {
                    String(decoding: UnsafeRawBufferPointer(start: $0, count: response.messages_length), as: UTF8.self)
                } ?? ""
                let data = response.data.map { Data(bytes: $0, count: response.data_length) } ?? Data()
                return Answer(status: response.status, messages: messages.trimmingCharacters(in: .whitespacesAndNewlines),
                              data: data)
            case Int(COHESION_GV_EXCHANGE_TIMED_OUT):
                stopCurrent()
                let seconds = timeLimit.map { Double($0.components.seconds) + Double($0.components.attoseconds) * 1e-18 } ?? 0
                throw GraphvizError.timedOut(engine: engine, seconds: seconds)
            case Int(COHESION_GV_EXCHANGE_WORKER_GONE):
                let status = cohesion_gv_worker_stop(worker.pid, worker.fd)
                current = nil
                if attempt < 2 { continue }
                throw GraphvizError.system("the render worker stopped during the layout (\(describe(status)))")
            default:
                stopCurrent()
                throw GraphvizError.system("the render worker sent an answer that could not be read")
            }
        }
    }

    private static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal != 0 { return "signal \(signal)" }
        return "exit status \((status >> 8) & 0xff)"
    }
}
