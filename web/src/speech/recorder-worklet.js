// Runs on the audio thread: copies the microphone's samples in blocks of 4096
// and posts them to the page. Messages queue while the page is busy (the model
// runs on its thread), so no audio is lost, unlike a ScriptProcessorNode.
class HeadwayRecorder extends AudioWorkletProcessor {
  constructor() {
    super()
    this.block = new Float32Array(4096)
    this.filled = 0
  }

  process(inputs) {
    const channel = inputs[0]?.[0]
    if (channel) {
      let at = 0
      while (at < channel.length) {
        const n = Math.min(channel.length - at, this.block.length - this.filled)
        this.block.set(channel.subarray(at, at + n), this.filled)
        this.filled += n
        at += n
        if (this.filled === this.block.length) {
          this.port.postMessage(this.block)
          this.block = new Float32Array(4096)
          this.filled = 0
        }
      }
    }
    return true
  }
}

registerProcessor('headway-recorder', HeadwayRecorder)
