package nl.wij.core.importer;

/**
 * What a count file knows about the vestiging it counts, so that a count for a vestiging no vestigingen
 * file lists can still create that vestiging. Every field is {@code null} when the file does not carry it
 * (the vo count file, for example, has no gemeente and no address).
 *
 * @param naam vestigingsnaam as in the count file
 * @param plaats plaatsnaam
 * @param postcode postcode normalised to {@code 1234 AB}
 * @param gemeenteCode CBS gemeentecode {@code GM0114}
 * @param gemeenteNaam gemeentenaam
 * @param provincie provincie
 * @param denominatie denominatie
 * @param bevoegdGezagNummer DUO bevoegd-gezagnummer
 */
public record VestigingKenmerken(String naam, String plaats, String postcode, String gemeenteCode,
        String gemeenteNaam, String provincie, String denominatie, String bevoegdGezagNummer) {
}
