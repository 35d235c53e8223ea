package nl.indicatiewijzer.audit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * The Ed25519 key pair that signs checkpoints, made from its 32-byte seed (RFC 8032: the private key is
 * the seed), so only the seed needs keeping. The public key is published for auditors as X.509
 * SubjectPublicKeyInfo.
 */
public final class Controlepuntsleutel {
    private final KeyPair paar;

    private Controlepuntsleutel(KeyPair paar) {
        this.paar = paar;
    }

    static Controlepuntsleutel uitZaad(byte[] zaad) {
        try {
            KeyPairGenerator maker = KeyPairGenerator.getInstance("Ed25519");
            maker.initialize(NamedParameterSpec.ED25519, new Zaad(zaad));
            return new Controlepuntsleutel(maker.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] onderteken(byte[] bericht) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(paar.getPrivate());
            ed.update(bericht);
            return ed.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey publiek() {
        return paar.getPublic();
    }

    /** Hands the key generator the seed as its "random" bytes: Ed25519 key generation draws exactly 32. */
    private static final class Zaad extends SecureRandom {
        private final byte[] zaad;

        Zaad(byte[] zaad) {
            this.zaad = zaad.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != zaad.length) {
                throw new IllegalStateException("Ed25519 vraagt " + bytes.length + " bytes, het zaad heeft er " + zaad.length);
            }
            System.arraycopy(zaad, 0, bytes, 0, bytes.length);
            Arrays.fill(zaad, (byte) 0);
        }
    }
}
