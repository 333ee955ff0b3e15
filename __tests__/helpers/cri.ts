/**
 * The one CRI call a kubelet makes to pull an image, `runtime.v1.ImageService/PullImage`, spoken over
 * containerd's socket with node:http2 and hand-encoded protobuf (`PullImageRequest{image: ImageSpec{image:
 * REF}}`, field numbers from k8s.io/cri-api's api.proto), so the test needs neither crictl nor a gRPC
 * library. The answer is the image reference, or the gRPC status message kubelet would report.
 */
import { connect as connectHttp2, constants } from 'node:http2'
import { connect as connectSocket } from 'node:net'

export interface CriPull {
  /** gRPC status: 0 is success. */
  status: number
  /** `grpc-message`: the error kubelet shows in the pod's events. */
  message: string
  /** PullImageResponse.image_ref when the pull succeeded. */
  imageRef?: string
}

/** A protobuf varint. */
function varint(value: number): Buffer {
  const bytes: number[] = []
  let rest = value
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80)
    rest >>>= 7
  }
  bytes.push(rest)
  return Buffer.from(bytes)
}

/** A length-delimited field (wire type 2). */
function field(number: number, content: Buffer): Buffer {
  return Buffer.concat([varint((number << 3) | 2), varint(content.length), content])
}

/** The first length-delimited field 1 of a message, as text (PullImageResponse.image_ref). */
function firstString(message: Buffer): string | undefined {
  if (message.length < 2 || message[0] !== 0x0a) return undefined
  let length = 0
  let shift = 0
  let at = 1
  for (; at < message.length; at++) {
    length |= (message[at] & 0x7f) << shift
    shift += 7
    if ((message[at] & 0x80) === 0) break
  }
  return message.subarray(at + 1, at + 1 + length).toString('utf8')
}

export function criPullImage(socket: string, image: string, timeoutMs = 60_000): Promise<CriPull> {
  const request = field(1, field(1, Buffer.from(image)))
  const frame = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), request])
  frame.writeUInt32BE(request.length, 1)
  return new Promise((resolve, reject) => {
    const session = connectHttp2('http://localhost', { createConnection: () => connectSocket(socket) })
    session.on('error', reject)
    const stream = session.request({
      [constants.HTTP2_HEADER_METHOD]: 'POST',
      [constants.HTTP2_HEADER_PATH]: '/runtime.v1.ImageService/PullImage',
      'content-type': 'application/grpc',
      te: 'trailers'
    })
    const timer = setTimeout(() => stream.close(constants.NGHTTP2_CANCEL), timeoutMs)
    const chunks: Buffer[] = []
    let headers: Record<string, unknown> = {}
    stream.on('response', received => (headers = { ...received }))
    stream.on('trailers', received => (headers = { ...headers, ...received }))
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', error => {
      clearTimeout(timer)
      session.close()
      reject(error)
    })
    stream.on('end', () => {
      clearTimeout(timer)
      session.close()
      const body = Buffer.concat(chunks)
      const message = decodeURIComponent(String(headers['grpc-message'] ?? ''))
      resolve({
        status: Number(headers['grpc-status'] ?? -1),
        message,
        imageRef: body.length > 5 ? firstString(body.subarray(5)) : undefined
      })
    })
    stream.end(frame)
  })
}
