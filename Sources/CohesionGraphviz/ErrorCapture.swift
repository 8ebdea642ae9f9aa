import CGraphviz
import CohesionGraphvizShims

/// Graphviz's messages gathered during the current call. Only touched on ``GraphvizExecutor``,
/// which is the only place Graphviz can call back from.
nonisolated(unsafe) private var capturedMessages = ""

/// cgraph's user error function: appends each piece of a message (Graphviz sends the
/// "Error: " prefix and the text as separate pieces).
private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
    if let message { capturedMessages += String(cString: message) }
    return 0
}

/// Collects Graphviz's own messages around a call into the C library.
///
/// Before the call it installs a message collector (`agseterrf`), asks for warnings as well as
/// errors (`agseterr(AGWARN)`) and clears cgraph's error count (`agreseterrors`); after it, it
/// clears the count again so a failed parse or layout leaves nothing behind for the next one.
@GraphvizExecutor
struct MessageCapture {
    /// Starts capturing; discards anything left from before.
    static func begin() {
        capturedMessages = ""
        _ = agseterrf(collectMessage)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
    }

    /// The messages captured so far, trimmed, and whether cgraph counted an error.
    static func take() -> (text: String, hadError: Bool) {
        let text = capturedMessages.trimmingCharacters(in: .whitespacesAndNewlines)
        let hadError = agerrors() != 0
        capturedMessages = ""
        _ = agreseterrors()
        return (text, hadError)
    }

    /// The input name cgraph's messages use; cgraph keeps the pointer, so it lives until the
    /// next input is named.
    private static var inputName: UnsafeMutablePointer<CChar>?

    /// Names the next input in cgraph's messages and restarts cgraph's line count.
    static func name(input: String) {
        let previous = inputName
        inputName = strdup(input)
        agsetfile(inputName)
        free(previous)
    }

    /// The messages so far, without clearing them.
    static var current: String { capturedMessages.trimmingCharacters(in: .whitespacesAndNewlines) }
}

import Foundation
