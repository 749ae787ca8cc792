// Inside a utilityProcess, Electron gives the child `process.parentPort` (messages arrive as
// { data }). The stand-in runs the child under Node and builds the same port over Node's IPC.
const { EventEmitter } = require('node:events')

const port = new EventEmitter()
port.postMessage = (m) => process.send?.(m)
process.on('message', (data) => port.emit('message', { data }))
process.parentPort = port
