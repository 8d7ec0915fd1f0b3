package io.github.cartesia4j.client.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A file to upload in a multipart request: a path, a Spring {@link Resource}, bytes, or a
 * stream of bytes. Paths, resources and streams are sent as they are read, never loaded
 * whole into memory. The part's content type follows the file name unless given.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class FileInput {

	private static final Map<String, String> AUDIO_TYPES = Map.ofEntries(Map.entry("wav", "audio/wav"),
			Map.entry("mp3", "audio/mpeg"), Map.entry("mpeg", "audio/mpeg"), Map.entry("mpga", "audio/mpeg"),
			Map.entry("flac", "audio/flac"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"),
			Map.entry("m4a", "audio/mp4"), Map.entry("mp4", "audio/mp4"), Map.entry("webm", "audio/webm"),
			Map.entry("aac", "audio/aac"), Map.entry("pcm", "application/octet-stream"),
			Map.entry("raw", "application/octet-stream"), Map.entry("csv", "text/csv"),
			Map.entry("txt", "text/plain"), Map.entry("json", "application/json"));

	private final @Nullable Resource resource;

	private final @Nullable Flux<byte[]> stream;

	private final String filename;

	private final MediaType contentType;

	private FileInput(@Nullable Resource resource, @Nullable Flux<byte[]> stream, String filename,
			@Nullable MediaType contentType) {
		this.resource = resource;
		this.stream = stream;
		this.filename = Arguments.requireText(filename, "filename");
		this.contentType = (contentType != null) ? contentType : contentTypeOf(filename);
	}

	/**
	 * A file on disk. It must exist and not be empty.
	 * @param path the file
	 * @return the input
	 */
	public static FileInput of(Path path) {
		Arguments.requireNonNull(path, "file");
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("'file' does not exist or is not a regular file: " + path);
		}
		try {
			if (Files.size(path) == 0) {
				throw new IllegalArgumentException("'file' is empty: " + path);
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("'file' cannot be read: " + path, ex);
		}
		return new FileInput(new FileSystemResource(path), null, path.getFileName().toString(), null);
	}

	/**
	 * A Spring resource; its file name names the part.
	 * @param resource the resource; it must be readable more than once to be retried
	 * @return the input
	 */
	public static FileInput of(Resource resource) {
		Arguments.requireNonNull(resource, "file");
		String filename = (resource.getFilename() != null) ? resource.getFilename() : "file";
		return new FileInput(resource, null, filename, null);
	}

	/**
	 * Bytes in memory.
	 * @param content the bytes, not empty
	 * @param filename the file name, which also sets the content type
	 * @return the input
	 */
	public static FileInput of(byte[] content, String filename) {
		Arguments.requireNonNull(content, "file");
		if (content.length == 0) {
			throw new IllegalArgumentException("'file' is empty: " + filename);
		}
		byte[] copy = content.clone();
		return new FileInput(new ByteArrayResource(copy) {

			@Override
			public String getFilename() {
				return filename;
			}

		}, null, filename, null);
	}

	/**
	 * A stream of bytes, sent as it is produced. A retry subscribes to it again, so it must be
	 * cold (replayable) to be retried safely.
	 * @param content the bytes
	 * @param filename the file name, which also sets the content type
	 * @return the input
	 */
	public static FileInput of(Flux<byte[]> content, String filename) {
		Arguments.requireNonNull(content, "file");
		return new FileInput(null, content, filename, null);
	}

	/**
	 * Return a copy with an explicit content type.
	 * @param contentType the part content type
	 * @return the copy
	 */
	public FileInput withContentType(MediaType contentType) {
		return new FileInput(this.resource, this.stream, this.filename, contentType);
	}

	/**
	 * Return the file name sent with the part.
	 * @return the file name
	 */
	public String filename() {
		return this.filename;
	}

	/**
	 * Return the part content type.
	 * @return the content type
	 */
	public MediaType contentType() {
		return this.contentType;
	}

	@Nullable Resource resource() {
		return this.resource;
	}

	@Nullable Flux<byte[]> stream() {
		return this.stream;
	}

	static MediaType contentTypeOf(String filename) {
		int dot = filename.lastIndexOf('.');
		String extension = (dot >= 0) ? filename.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		String known = AUDIO_TYPES.get(extension);
		if (known != null) {
			return MediaType.parseMediaType(known);
		}
		return MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
	}

	@Override
	public String toString() {
		return "FileInput[" + this.filename + ", " + this.contentType + "]";
	}

}
