package fi.asiointipiste.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One joint service point (yhteinen asiointipiste): a desk in a municipality. */
@Entity
@Table(name = "service_point")
@NamedQuery(name = "ServicePoint.all", query = "SELECT p FROM ServicePoint p ORDER BY p.name")
@NamedQuery(name = "ServicePoint.byIds", query = "SELECT p FROM ServicePoint p WHERE p.id IN :ids ORDER BY p.name")
@NamedQuery(name = "ServicePoint.byCode", query = "SELECT p FROM ServicePoint p WHERE p.code = :code")
public class ServicePoint implements Serializable {

    public static final int MAX_DESKS = 20;
    /** The input rules of the administration form and of this entity. */
    public static final String CODE_PATTERN = "[A-Z0-9_]+";

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int MUNICIPALITY_MAX = 100;

    @Id
    @SequenceGenerator(name = "service_point_seq", sequenceName = "service_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_point_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = CODE_PATTERN)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = MUNICIPALITY_MAX)
    private String municipality;

    @Column(nullable = false)
    private boolean active = true;

    /** How many customers the point serves at once; appointments never overlap more than this. */
    @Min(1)
    @Max(MAX_DESKS)
    @Column(nullable = false)
    private int desks = 1;

    @Version
    private long version;

    protected ServicePoint() {}

    public ServicePoint(String code, String name, String municipality) {
        this.code = code;
        this.name = name;
        this.municipality = municipality;
    }

    public void update(String newName, String newMunicipality, boolean isActive, int newDesks) {
        this.name = newName;
        this.municipality = newMunicipality;
        this.active = isActive;
        this.desks = newDesks;
    }

    public void setDesks(int desks) {
        this.desks = desks;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public boolean isActive() {
        return active;
    }

    public int getDesks() {
        return desks;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServicePoint other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ServicePoint.class.hashCode();
    }
}
