import { useCallback, useEffect, useRef, useState } from 'react'

/** A visible stopwatch: start, stop (returns the seconds), reset. */
export function useTimer() {
  const [running, setRunning] = useState(false)
  const [elapsed, setElapsed] = useState(0)
  const startedAt = useRef(0)
  useEffect(() => {
    if (!running) return
    const t = window.setInterval(
      () => setElapsed((performance.now() - startedAt.current) / 1000),
      250,
    )
    return () => window.clearInterval(t)
  }, [running])
  const start = useCallback(() => {
    startedAt.current = performance.now()
    setElapsed(0)
    setRunning(true)
  }, [])
  const stop = useCallback(() => {
    const s = (performance.now() - startedAt.current) / 1000
    setElapsed(s)
    setRunning(false)
    return s
  }, [])
  return { running, elapsed, start, stop }
}

export function formatTime(seconds: number): string {
  const s = Math.floor(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
