// Chart.js on a canvas, tree-shaken to the line and bar charts the dashboard draws.
import { useEffect, useRef } from 'react'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js'

ChartJs.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Filler)
ChartJs.defaults.font.family = "'Be Vietnam Pro', system-ui, sans-serif"
ChartJs.defaults.color = '#334155'

export function Chart({ config, height, label }: { config: ChartConfiguration; height: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const chart = new ChartJs(canvas.current!, { ...config, options: { animation: false, maintainAspectRatio: false, responsive: true, ...config.options } })
    return () => chart.destroy()
  }, [config])
  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
