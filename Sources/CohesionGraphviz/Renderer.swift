import CGraphviz
import Cohesion
import Foundation

/// The result of a render: the bytes, and what produced them.
public struct Rendering: Hashable, Sendable {
    /// The rendered file: SVG, PNG, PDF, DOT, JSON or plain text.
    public let data: Data
    /// The format of ``data``.
    public let format: OutputFormat
    /// The layout engine that was used, chosen by the caller or by size.
    public let engine: Engine
    /// The number of nodes Graphviz read.
    public let nodeCount: Int
    /// The number of edges Graphviz read.
    public let edgeCount: Int
    /// Graphviz's warnings, as it wrote them; empty when it had none.
    public let warnings: String

    /// The output as UTF-8 text, for the text formats; nil for PNG and PDF.
    public var text: String? { format.isText ? String(decoding: data, as: UTF8.self) : nil }
}

/// Lays out and renders DOT through the Graphviz C library.
///
/// The renderer calls `libgvc` directly (it never starts the `dot` program): it parses the
/// DOT with cgraph (`agread`, numbering objects in the order they appear so that a render
/// depends only on its input), lays it out with the chosen engine (`gvLayout`), renders it
/// to memory (`gvRenderData`) and frees the render buffer, the layout and the graph before
/// returning. Every call runs on ``GraphvizExecutor``, so any number of tasks may render at
/// once; Graphviz's plugins are loaded explicitly, so rendering works without Graphviz's
/// plugin-configuration file and without `dot` on `PATH`.
///
/// By default each layout runs in a child process forked for it (see ``Isolation``): Graphviz
/// 2.42's `dot` accumulates state across layouts in one process and eventually corrupts its
/// heap, and a child also makes output independent of earlier renders and lets a time limit
/// stop a layout. The parent parses, chooses the engine and reads the result; the child runs
/// only C code (layout, render, write to a pipe, `_exit`).
///
/// When no engine is given, the renderer picks one by size with
/// ``Engine/suited(nodeCount:edgeCount:)`` applied to its largest connected component, and
/// reports it in ``Rendering/engine``.
/// With a time limit, the layout runs in a forked child process that is killed when the
/// limit passes, so an engine that would run for minutes cannot hold the caller or
/// Graphviz's queue; the parent's Graphviz state is untouched either way.
///
/// Graphviz's messages become ``GraphvizError`` values carrying its own text (a syntax error
/// names the line and the token); warnings are returned in ``Rendering/warnings``.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// let svg = try await renderer.render(dot: "digraph { caf -> nantes }", format: .svg)
/// print(svg.engine, svg.text ?? "")
/// let pdf = try await renderer.render(dot: bigDOT, format: .pdf, timeLimit: .seconds(30))
/// ```
///
/// - Complexity: Parsing is linear in the DOT text; layout depends on the engine (`dot` is
///   super-linear and slow past a few hundred nodes, `sfdp` is near-linear).
public struct GraphvizRenderer: Sendable {
    /// Where the layout and rendering run.
    public enum Isolation: Hashable, Sendable {
        /// In a child process forked for the render (the default). Graphviz 2.42's `dot`
        /// corrupts its heap after a few hundred layouts of some clustered graphs in one process
        /// (the `dot` program itself aborts with "install_in_rank" errors when given the same
        /// graph 400 times); a child starts every layout from the same state, so renders cannot
        /// affect each other, output depends only on the input, and a time limit can stop it.
        case childProcess
        /// In this process, on the Graphviz executor, freeing the render buffer, the layout and
        /// the graph after each render. Saves a fork per render, but with Graphviz 2.42 only
        /// safe for a bounded number of `dot` layouts per process; the spring engines
        /// (`neato`, `sfdp`…) were run 300 times in a loop without trouble.
        case inProcess
    }

    /// Where the layout runs; a render with a time limit always runs in a child process.
    public var isolation: Isolation

    /// Creates a renderer; all renderers share the one Graphviz context.
    public init(isolation: Isolation = .childProcess) { self.isolation = isolation }

    /// Lays out and renders DOT text.
    ///
    /// - Parameters:
    ///   - dot: one graph in the DOT language.
    ///   - sourceName: what Graphviz's messages call the input (a file name); `input` by default.
    ///   - format: what to produce.
    ///   - engine: the layout engine; nil picks one by size.
    ///   - timeLimit: stop the layout and throw ``GraphvizError/timedOut(engine:seconds:)``
    ///     when it runs longer; nil waits for it.
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    public func render(dot: String, sourceName: String = "input", format: OutputFormat = .svg,
                       engine: Engine? = nil, timeLimit: Duration? = nil) async throws -> Rendering {
        try await GraphvizRenderer.renderSerially(dot: dot, sourceName: sourceName, format: format, engine: engine,
                                                  timeLimit: timeLimit, isolation: timeLimit == nil ? isolation : .childProcess)
    }

    /// Lays out and renders a DOT document; see ``render(dot:sourceName:format:engine:timeLimit:)``.
    public func render(_ document: DOTDocument, format: OutputFormat = .svg, engine: Engine? = nil,
                       timeLimit: Duration? = nil) async throws -> Rendering {
        try await render(dot: DOTWriter().write(document), format: format, engine: engine, timeLimit: timeLimit)
    }

    /// The layout engines and output formats (`svg:core`, `png:cairo`…) that Graphviz
    /// registered from the explicitly loaded plugins.
    public func availablePlugins() async throws -> (layouts: [String], formats: [String]) {
        try await GraphvizRenderer.plugins()
    }

    @GraphvizExecutor
    private static func plugins() throws -> (layouts: [String], formats: [String]) {
        let context = try GraphvizContext.shared()
        return (context.pluginNames(kind: "layout"), context.pluginNames(kind: "device"))
    }

    /// Internal rather than private so tests can time a render from inside the executor, where
    /// no other render's turn in the queue counts against it.
    @GraphvizExecutor
    static func renderSerially(dot: String, sourceName: String, format: OutputFormat, engine: Engine?,
                               timeLimit: Duration?, isolation: Isolation = .childProcess) throws -> Rendering {
        let context = try GraphvizContext.shared()
        let graph = try parse(dot, sourceName: sourceName)
        defer { agclose(graph) }
        let nodeCount = Int(agnnodes(graph)), edgeCount = Int(agnedges(graph))
        let chosen: Engine
        if let engine {
            chosen = engine
        } else {
            let largest = largestComponent(graph)
            chosen = Engine.suited(nodeCount: largest.nodes, edgeCount: largest.edges)
        }
        let formatName = context.graphvizFormat(format)
        let data: Data
        var childWarnings = ""
        switch isolation {
        case .childProcess:
            (data, childWarnings) = try renderInChild(context: context, graph: graph, engine: chosen, format: format,
                                                      formatName: formatName, timeLimit: timeLimit)
        case .inProcess:
            data = try renderInProcess(context: context, graph: graph, engine: chosen, format: format,
                                       formatName: formatName)
        }
        let (warnings, _) = MessageCapture.take()
        return Rendering(data: data, format: format, engine: chosen, nodeCount: nodeCount, edgeCount: edgeCount,
                         warnings: [warnings, childWarnings].filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    /// Parses DOT with cgraph, naming the input and restarting the line count first (cgraph
    /// keeps both in globals, so without this a message would count lines from earlier inputs).
    /// Starts message capture; the caller closes the graph.
    @GraphvizExecutor
    static func parse(_ dot: String, sourceName: String) throws -> UnsafeMutablePointer<Agraph_t> {
        MessageCapture.begin()
        MessageCapture.name(input: sourceName)
        // Flush whatever the lexer kept from the previous input (a look-ahead newline would
        // otherwise shift this input's line numbers).
        aglexbad()
        let parsed = dot.utf8CString.withUnsafeBufferPointer { text in
            cohesion_gv_read_dot(text.baseAddress, text.count - 1)
        }
        guard let graph = parsed else {
            let (text, _) = MessageCapture.take()
            // A failed parse can leave the lexer mid-buffer; reset it for the next input.
            aglexbad()
            throw GraphvizError.invalidDOT(text.isEmpty ? "the text holds no graph" : text)
        }
        let parseMessages = MessageCapture.current
        if agerrors() != 0 {
            _ = MessageCapture.take()
            agclose(graph)
            throw GraphvizError.invalidDOT(parseMessages)
        }
        return graph
    }

    @GraphvizExecutor
    private static func renderInProcess(context: GraphvizContext, graph: UnsafeMutablePointer<Agraph_t>, engine: Engine,
                                        format: OutputFormat, formatName: String) throws -> Data {
        guard gvLayout(context.gvc, graph, engine.rawValue) == 0 else {
            let (text, _) = MessageCapture.take()
            throw GraphvizError.layoutFailed(engine: engine, message: text)
        }
        defer { gvFreeLayout(context.gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context.gvc, graph, formatName, &buffer, &length) == 0, let buffer else {
            let (text, _) = MessageCapture.take()
            throw GraphvizError.renderFailed(format: format, message: text.isEmpty ? "no \(formatName) renderer" : text)
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Lays out and renders in a forked child and reads the result through a pipe, killing the
    /// child when the limit passes. The child has its own copy of the graph, so the parent's
    /// Graphviz state is the same whether the child finishes, fails or is killed. Returns the
    /// bytes and the child's Graphviz warnings.
    @GraphvizExecutor
    private static func renderInChild(context: GraphvizContext, graph: UnsafeMutablePointer<Agraph_t>, engine: Engine,
                                      format: OutputFormat, formatName: String, timeLimit: Duration?) throws -> (Data, String) {
        let seconds = timeLimit.map { Double($0.components.seconds) + Double($0.components.attoseconds) * 1e-18 }
        var fd: Int32 = -1
        let pid = cohesion_gv_fork_render(context.gvc, graph, engine.rawValue, formatName, &fd)
        guard pid > 0 else { throw GraphvizError.system("fork failed: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let deadline = seconds.map { Date().addingTimeInterval($0) }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        reading: while true {
            let remaining = deadline?.timeIntervalSinceNow ?? 60
            if remaining <= 0 {
                kill(pid, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
                throw GraphvizError.timedOut(engine: engine, seconds: seconds ?? 0)
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { break reading }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break reading }
            bytes.append(contentsOf: chunk[0..<count])
        }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        guard bytes.count >= 5 else {
            throw GraphvizError.system("the layout process ended without a result (wait status \(status))")
        }
        let messageLength = Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16 | Int(bytes[4]) << 24
        guard bytes.count >= 5 + messageLength else {
            throw GraphvizError.system("the layout process sent a truncated result")
        }
        let messages = String(decoding: bytes[5..<(5 + messageLength)], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        switch bytes[0] {
        case 0:
            return (Data(bytes[(5 + messageLength)...]), messages)
        case 1:
            throw GraphvizError.layoutFailed(engine: engine, message: messages)
        default:
            throw GraphvizError.renderFailed(format: format, message: messages.isEmpty ? "no \(formatName) renderer" : messages)
        }
    }

    /// The node and edge counts of the largest weakly connected component (union–find over
    /// cgraph's edges).
    @GraphvizExecutor
    static func largestComponent(_ graph: UnsafeMutablePointer<Agraph_t>) -> (nodes: Int, edges: Int) {
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let n = node {
            index[n] = index.count
            node = agnxtnode(graph, n)
        }
        var parent = Array(0..<index.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var ends: [(Int, Int)] = []
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                if let a = index[cohesion_agtail(e)], let b = index[cohesion_aghead(e)] {
                    ends.append((a, b))
                    let ra = find(a), rb = find(b)
                    if ra != rb { parent[ra] = rb }
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var nodes = [Int: Int](), edges = [Int: Int]()
        for i in 0..<parent.count { nodes[find(i), default: 0] += 1 }
        for (a, _) in ends { edges[find(a), default: 0] += 1 }
        guard let root = nodes.max(by: { ($0.value, edges[$0.key] ?? 0) < ($1.value, edges[$1.key] ?? 0) })?.key
        else { return (0, 0) }
        return (nodes[root] ?? 0, edges[root] ?? 0)
    }
}
