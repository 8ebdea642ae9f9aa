import CGraphviz
import CohesionGraphvizShims
import Foundation

/// The process's Graphviz context (`GVC_t`) with its explicitly loaded plugins.
///
/// One context serves every render for the life of the process: creating one loads and
/// registers the plugins, and reusing it keeps memory flat. It lives on ``GraphvizExecutor``
/// and is only touched there.
@GraphvizExecutor
final class GraphvizContext {
    /// The C context.
    let gvc: OpaquePointer
    /// The plugin libraries that loaded (`core`, `dot_layout`, `neato_layout`, `pango`, `gd`).
    let plugins: [String]

    private init(gvc: OpaquePointer, plugins: [String]) {
        self.gvc = gvc
        self.plugins = plugins
    }

    private static var instance: GraphvizContext?

    /// The shared context, created on first use.
    static func shared() throws -> GraphvizContext {
        if let instance { return instance }
        let (table, loaded) = try GraphvizPlugins.load()
        MessageCapture.begin()
        guard let gvc = gvContextPlugins(table, 0) else {
            throw GraphvizError.unavailable("gvContextPlugins failed: \(MessageCapture.take().text)")
        }
        _ = MessageCapture.take()
        let context = GraphvizContext(gvc: gvc, plugins: loaded)
        context.warmUp()
        instance = context
        return context
    }

    /// Lays out and renders a one-node graph once, so the text-measuring plugin (pango and
    /// fontconfig) is initialised before the first in-process render is timed.
    private func warmUp() {
        MessageCapture.begin()
        let text = "digraph warmup { a [label=\"Warm up\"] }"
        if let graph = text.utf8CString.withUnsafeBufferPointer({ cohesion_gv_read_dot($0.baseAddress, $0.count - 1) }) {
            if gvLayout(gvc, graph, "dot") == 0 {
                var buffer: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                // SVG initialises pango's text measuring, PNG cairo's font caches.
                for format in [OutputFormat.svg, .png] {
                    buffer = nil
                    if gvRenderData(gvc, graph, graphvizFormat(format), &buffer, &length) == 0, let buffer {
                        gvFreeRenderData(buffer)
                    }
                }
                gvFreeLayout(gvc, graph)
            }
            agclose(graph)
        }
        _ = MessageCapture.take()
    }

    /// Whether the cairo renderer (PNG, PDF) loaded.
    var hasCairo: Bool { plugins.contains("pango") }

    /// The names Graphviz lists for a plugin kind (`"layout"`, `"render"`, `"device"`,
    /// `"textlayout"`), as `gvPluginList` gives them, with the list freed afterwards.
    func pluginNames(kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let item = list[i] {
                names.append(String(cString: item))
                free(item)
            }
        }
        free(list)
        return names
    }

    /// The Graphviz format string for an output format: cairo for PNG when it loaded.
    func graphvizFormat(_ format: OutputFormat) -> String { Self.formatName(format, hasCairo: hasCairo) }

    /// The Graphviz format string for an output format, given whether cairo is there.
    nonisolated static func formatName(_ format: OutputFormat, hasCairo: Bool) -> String {
        switch format {
        case .png: hasCairo ? "png:cairo" : "png"
        case .pdf: "pdf:cairo"
        case .svg: "svg:svg:core"
        case .dot: "dot"
        case .json: "json"
        case .plain: "plain"
        }
    }
}
